using System.Text.Json;
using System.Text.Json.Serialization;

namespace TelnetLite.Core.Scripts;

/// <summary>Writes a stage in the report as its lower-case name (<c>rcpt</c>), where the exit code stays a number.</summary>
/// <remarks>A type of its own because a source-generated context names converters by type, and the naming policy is a
/// constructor argument.</remarks>
internal sealed class SmtpScriptReportStageConverter() : JsonStringEnumConverter<SmtpScriptStage>(JsonNamingPolicy.CamelCase);
