using System.Text.Json;
using System.Text.Json.Serialization;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// Reads the knowledge table with System.Text.Json's source generator: no reflection, so the native (AOT) build of
/// TelnetLite reads it without trimming warnings. Comments and trailing commas are allowed: people review the file.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(KnowledgeDocument))]
[JsonSerializable(typeof(KnowledgeTranslation))]
internal sealed partial class KnowledgeJsonContext : JsonSerializerContext;
