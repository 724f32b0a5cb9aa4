using System.Text.Json;
using System.Text.Json.Serialization;

namespace TelnetLite.Core.Scripts;

/// <summary>The report's JSON contract, generated at compile time: no reflection, so the native binary can write it.</summary>
/// <remarks>The options here and the ones <see cref="SmtpScriptReport"/> adds (the relaxed encoder, which an attribute
/// cannot name) must agree with the JSON the report's tests pin.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    Converters = [typeof(SmtpScriptReportStageConverter)])]
[JsonSerializable(typeof(SmtpScriptReport))]
internal sealed partial class SmtpScriptReportJsonContext : JsonSerializerContext;
