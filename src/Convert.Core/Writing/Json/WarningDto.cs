using System.Text.Json;
using System.Text.Json.Serialization;

namespace Convert.Core.Writing.Json;

/// <summary>
/// A warning in the JSON format: <c>{"code", "message", "source"?}</c>. Files written before warnings had codes hold
/// plain strings; those still read, with the code "unspecified".
/// </summary>
[JsonConverter(typeof(WarningDtoConverter))]
internal sealed record WarningDto(string? Code, string Message, SourceDto? Source);

/// <summary>Writes a warning as an object; reads an object or, from older files, a string.</summary>
internal sealed class WarningDtoConverter : JsonConverter<WarningDto>
{
    public override WarningDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
            return new WarningDto(null, reader.GetString()!, null);
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("a warning is a string or an object");
        string? code = null, message = null;
        SourceDto? source = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "code":
                    code = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
                    break;
                case "message":
                    message = reader.GetString();
                    break;
                case "source":
                    source = reader.TokenType == JsonTokenType.Null ? null : ReadSource(ref reader);
                    break;
                default:
                    throw new JsonException($"unknown warning property '{name}'");
            }
        }
        return new WarningDto(code, message ?? throw new JsonException("a warning needs a message"), source);
    }

    public override void Write(Utf8JsonWriter writer, WarningDto value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteString("message", value.Message);
        if (value.Source is { } source)
        {
            writer.WriteStartObject("source");
            if (source.StartLine is { } start)
                writer.WriteNumber("startLine", start);
            if (source.EndLine is { } end)
                writer.WriteNumber("endLine", end);
            if (source.Path is { } path)
                writer.WriteString("path", path);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static SourceDto ReadSource(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("a warning's source is an object");
        int? start = null, end = null;
        string? path = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "startLine": start = reader.GetInt32(); break;
                case "endLine": end = reader.GetInt32(); break;
                case "path": path = reader.GetString(); break;
                default: throw new JsonException($"unknown source property '{name}'");
            }
        }
        return new SourceDto(start, end, path);
    }
}
