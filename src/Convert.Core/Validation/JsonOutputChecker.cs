using System.Globalization;
using System.Text;
using System.Text.Json;
using Convert.Core.Limits;
using Convert.Core.Model;
using Convert.Core.Writing;
using Convert.Core.Writing.Json;

namespace Convert.Core.Validation;

/// <summary>
/// Checks a converted .json: valid against the article JSON Schema (each error with its JSON path and line), then
/// its content: title, body, leftover clutter in body and bios, duplicate paragraphs, mojibake.
/// </summary>
public static class JsonOutputChecker
{
    public static void Check(ReadOnlySpan<byte> utf8Json, ValidationSettings settings, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(findings);
        if (utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            utf8Json = utf8Json[3..];
        if (JsonLimits.Problem(utf8Json) is { } problem)
        {
            findings.Add(ValidationRules.Unreadable, problem);
            return;
        }
        if (InvalidUtf8(utf8Json) is { } invalid)
        {
            findings.Add(ValidationRules.Unreadable, $"Not valid UTF-8 at byte {invalid.Offset.ToString("N0", CultureInfo.InvariantCulture)}: JSON text must be UTF-8.", invalid.Line);
            return;
        }
        JsonLineMap lines;
        try
        {
            lines = JsonLineMap.Build(utf8Json);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } n ? (int)n + 1 : (int?)null;
            findings.Add(ValidationRules.Unreadable, $"Not valid JSON: {e.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0]}", line);
            return;
        }

        var text = Encoding.UTF8.GetString(utf8Json);
        JsonMojibake.Report(text, lines, findings);
        var schemaErrors = ArticleJsonSchema.Validate(text);
        foreach (var (pointer, message) in schemaErrors)
        {
            var path = JsonLineMap.PathFromPointer(pointer);
            findings.Add(ValidationRules.Schema, $"{path}: {message}", lines.LineOf(path), null, path);
        }
        if (schemaErrors.Count > 0)
            return;

        Article article;
        try
        {
            article = JsonArticleReader.Read(text);
        }
        catch (JsonArticleFormatException e)
        {
            findings.Add(ValidationRules.Schema, e.Message, lines.LineOf(e.JsonPath), null, e.JsonPath);
            return;
        }
        ControlCharacterCheck.ReportOutput(article, findings);
        CheckContent(article, lines, settings, findings);
    }

    // JSON text is UTF-8 (RFC 8259). Checked first: the reader throws on a broken property name instead of
    // reporting it, and string values would be read with the bytes replaced.
    private static (int Offset, int Line)? InvalidUtf8(ReadOnlySpan<byte> utf8Json)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8Json))
            return null;
        var offset = 0;
        while (Rune.DecodeFromUtf8(utf8Json[offset..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
            offset += consumed;
        return (offset, utf8Json[..offset].Count((byte)'\n') + 1);
    }

    private static void CheckContent(Article article, JsonLineMap lines, ValidationSettings settings, FindingCollector findings)
    {
        if (string.IsNullOrWhiteSpace(article.Title))
            findings.Add(ValidationRules.MissingTitle, "The article has no title.", lines.LineOf("$.title"), null, "$.title");
        if (!ArticleChecks.HasBody(article, findings))
            return;

        BlockLocator locate = i => Locate(lines, BlockPath(article.Body[i], i));
        ArticleChecks.DuplicateParagraphs(article, locate, findings);

        var body = new List<TextItem>();
        for (var i = 0; i < article.Body.Count; i++)
        {
            if (article.Body[i] is ListBlock list)
                body.AddRange(list.Items.Select((item, j) => Item(lines, item.PlainText, Invariant($"$.body[{i}].items[{j}].text"))));
            else
                body.Add(Item(lines, article.Body[i].PlainText, BlockPath(article.Body[i], i)));
        }
        var bios = article.Authors
            .SelectMany((author, a) => author.Bio.Select((paragraph, b) => Item(lines, paragraph, Invariant($"$.authors[{a}].bio[{b}]"))))
            .ToList();
        LeftoverClutterCheck.Run(body, bios, settings.Clutter, findings);
        CommentThreadCheck.Run(body, settings.Clutter, findings);
    }

    private static string BlockPath(Block block, int index) =>
        block is ListBlock or Table ? Invariant($"$.body[{index}]") : Invariant($"$.body[{index}].text");

    private static (int? Line, string? Location) Locate(JsonLineMap lines, string path) => (lines.LineOf(path), path);

    private static TextItem Item(JsonLineMap lines, string text, string path) => new(text, lines.LineOf(path), path);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
