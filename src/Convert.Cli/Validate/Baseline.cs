using Convert.Cli.Reporting;
using System.Text.Encodings.Web;
using System.Text.Json;
using Convert.Cli.Output;
using Convert.Core.Validation;

namespace Convert.Cli.Validate;

/// <summary>
/// Known findings a team has accepted (<c>--write-baseline FILE</c>) and that <c>--baseline FILE</c> then leaves out,
/// so a gate adopted on an old corpus fails only on new findings. A finding is matched by file, rule and
/// <see cref="FindingFingerprint"/>, never by line, so edits above it do not bring it back; a file with the same
/// finding twice needs both recorded. Files are recorded relative to the baseline's own folder, so the baseline
/// works from any current folder and in any checkout.
/// </summary>
internal sealed class Baseline
{
    public const int Version = 1;

    private readonly Dictionary<(string File, string Rule, string Fingerprint), int> _remaining;
    private readonly string _baselinePath;

    private Baseline(Dictionary<(string, string, string), int> entries, string baselinePath) =>
        (_remaining, _baselinePath) = (entries, baselinePath);

    /// <summary>How a baseline at <paramref name="baselinePath"/> names a file: relative to its folder with '/', or the stdin name.</summary>
    public static string FileKey(string baselinePath, string? fullPath, string name) => fullPath is null
        ? name
        : Path.GetRelativePath(Path.GetDirectoryName(baselinePath)!, fullPath).Replace('\\', '/');

    /// <summary>Refuses to replace an existing file that is not a baseline (an article named by mistake, say).</summary>
    /// <exception cref="CliUsageException">The file exists and is not a declutter baseline.</exception>
    public static void CheckReplaceable(string displayPath, string fullPath)
    {
        if (!File.Exists(fullPath))
            return;
        try
        {
            Load(displayPath, fullPath);
        }
        catch (CliUsageException)
        {
            throw new CliUsageException($"{displayPath}: exists and is not a declutter baseline; not replaced");
        }
    }

    /// <summary>Reads a baseline file.</summary>
    /// <exception cref="CliUsageException">The file is missing, unreadable or not a baseline.</exception>
    public static Baseline Load(string displayPath, string fullPath)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(fullPath));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number
                || version.GetInt32() != Version || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
                throw new CliUsageException($"{displayPath}: not a declutter baseline (version {Version}); write one with --write-baseline");
            var entries = new Dictionary<(string, string, string), int>();
            foreach (var entry in findings.EnumerateArray())
            {
                var key = (Text(entry, "file", displayPath), Text(entry, "rule", displayPath), Text(entry, "fingerprint", displayPath));
                var count = entry.TryGetProperty("count", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : 1;
                entries[key] = entries.GetValueOrDefault(key) + count;
            }
            return new Baseline(entries, fullPath);
        }
        catch (FileNotFoundException)
        {
            throw new CliUsageException($"{displayPath}: baseline file not found");
        }
        catch (DirectoryNotFoundException)
        {
            throw new CliUsageException($"{displayPath}: baseline file not found");
        }
        catch (JsonException e)
        {
            throw new CliUsageException($"{displayPath}: baseline is not valid JSON (line {e.LineNumber + 1})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{displayPath}: cannot read the baseline: {e.Message}");
        }
    }

    /// <summary>True (and the entry used up) when the finding is known; a known finding is reported once per count.</summary>
    /// <param name="fullPath">The file's absolute path, or null for stdin.</param>
    /// <param name="name">The file's name in findings (for stdin).</param>
    /// <param name="finding">The finding.</param>
    public bool Absorbs(string? fullPath, string name, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var key = (FileKey(_baselinePath, fullPath, name), finding.RuleId, FindingFingerprint.Of(finding));
        if (!_remaining.TryGetValue(key, out var count) || count == 0)
            return false;
        _remaining[key] = count - 1;
        return true;
    }

    /// <summary>Writes the findings as a baseline, sorted so the file diffs well.</summary>
    /// <param name="fullPath">The baseline file.</param>
    /// <param name="findings">Each finding with its file as <see cref="FileKey"/> names it for this baseline.</param>
    public static void Write(string fullPath, IEnumerable<(string FileKey, Finding Finding)> findings)
    {
        var grouped = findings
            .GroupBy(f => (File: f.FileKey, Rule: f.Finding.RuleId, Fingerprint: FindingFingerprint.Of(f.Finding)))
            .Select(g => (g.Key, Count: g.Count(), g.First().Finding.Message))
            .OrderBy(g => g.Key.File, StringComparer.Ordinal).ThenBy(g => g.Key.Rule, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Fingerprint, StringComparer.Ordinal);
        AtomicFileWriter.Write(fullPath, overwrite: true, stream =>
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteString("tool", ToolInfo.Name);
            json.WriteStartArray("findings");
            foreach (var (key, count, message) in grouped)
            {
                json.WriteStartObject();
                json.WriteString("file", key.File);
                json.WriteString("rule", key.Rule);
                json.WriteString("fingerprint", key.Fingerprint);
                json.WriteNumber("count", count);
                json.WriteString("message", message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            stream.Write("\n"u8);
        });
    }

    private static string Text(JsonElement entry, string name, string displayPath) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new CliUsageException($"{displayPath}: every baseline entry needs \"file\", \"rule\" and \"fingerprint\"");
}
