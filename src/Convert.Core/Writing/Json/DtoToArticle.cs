using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Core.Writing.Json;

/// <summary>Maps the JSON format's DTOs back to the model, checking what the deserializer cannot.</summary>
internal static class DtoToArticle
{
    /// <param name="dto">The document as read.</param>
    /// <param name="folder">The folder a figure's image path is relative to (the JSON file's), or null.</param>
    public static Article Map(ArticleDto dto, string? folder = null)
    {
        if (dto.SchemaVersion is < 1 or > ArticleToDto.SchemaVersion)
            throw new JsonArticleFormatException("$.schemaVersion",
                $"unsupported schemaVersion {dto.SchemaVersion} (this version reads 1 to {ArticleToDto.SchemaVersion})");
        var firstNew = dto.Body.Select((b, i) => b is CodeDto or TableDto or FigureDto ? i : -1).FirstOrDefault(i => i >= 0, -1);
        if (dto.SchemaVersion < 2 && firstNew >= 0)
            throw new JsonArticleFormatException($"$.body[{firstNew}]",
                $"a {dto.Body[firstNew] switch { CodeDto => "code block", TableDto => "table", _ => "figure" }} needs schemaVersion 2");

        return new Article
        {
            Title = dto.Title,
            Subtitle = dto.Subtitle,
            Metadata = Map(dto.Metadata),
            Body = [.. dto.Body.Select((b, i) => Map(b, $"$.body[{i}]", folder))],
            Authors = [.. dto.Authors.Select((a, i) => Map(a, $"$.authors[{i}]"))],
            Removals = [.. dto.Removals.Select((r, i) => new Removal(r.RuleId, r.Category, r.Text,
                Map(r.Source, $"$.removals[{i}].source")))],
            Warnings = [.. dto.Warnings.Select((w, i) => new Warning(w.Code ?? WarningCodes.Unspecified, w.Message, w.Source is null ? null : Map(w.Source, $"$.warnings[{i}].source")))],
            Record = dto.Id is null && dto.Url is null ? null : new RecordKey(dto.Id, dto.Url),
        };
    }

    private static ArticleMetadata Map(MetadataDto m) => new()
    {
        SourcePath = m.SourcePath,
        SourceUrl = m.SourceUrl,
        SiteName = m.SiteName,
        Language = m.Language,
        Published = m.Published,
        Byline = m.Byline,
        RepublishedFrom = m.RepublishedFrom,
        RepublishedNote = m.RepublishedNote,
        Tags = Strings(m.Tags, "$.metadata.tags"),
        PageType = m.PageType,
    };

    private static Block Map(BlockDto dto, string path, string? folder) => dto switch
    {
        ParagraphDto p => new Paragraph(Runs(p.Text, p.Runs, path), Map(p.Source, path + ".source")),
        HeadingDto h when h.Level is < 1 or > 3 =>
            throw new JsonArticleFormatException(path + ".level", $"heading level must be 1 to 3, not {h.Level}"),
        HeadingDto h => new Heading(h.Level, Runs(h.Text, h.Runs, path), Map(h.Source, path + ".source")),
        ListDto l => new ListBlock(l.Ordered, Items(l, path), Map(l.Source, path + ".source"), l.Start ?? 1),
        QuoteDto q => new Quote(Runs(q.Text, q.Runs, path), Map(q.Source, path + ".source")),
        CodeDto c => new CodeBlock(c.Text, c.Language, Map(c.Source, path + ".source")),
        TableDto t => JsonTable.Read(t, path, Runs, Map(t.Source, path + ".source")),
        FigureDto f => new Figure(
            f.Caption is null ? [] : Runs(f.Caption, f.CaptionRuns, path + ".caption"),
            f.Credit is null ? [] : Runs(f.Credit, f.CreditRuns, path + ".credit"),
            f.Alt, f.Src, f.Image is null ? null : LocalImages.FromJson(f.Image, folder), Map(f.Source, path + ".source")),
        _ => throw new JsonArticleFormatException(path, "unknown block type"),
    };

    private static List<ListItem> Items(ListDto list, string path)
    {
        if (list.Start is < 0)
            throw new JsonArticleFormatException(path + ".start", $"start must be 0 or more, not {list.Start}");
        var items = new List<ListItem>();
        var previous = -1;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            var level = item.Level ?? 0;
            if (level < 0 || level > Math.Min(previous + 1, ListBlock.MaxLevel))
                throw new JsonArticleFormatException($"{path}.items[{i}].level",
                    $"level {level} is not possible here (0 to {ListBlock.MaxLevel}, and at most one deeper than the item before)");
            items.Add(new ListItem(Runs(item.Text, item.Runs, $"{path}.items[{i}]"), level, level == 0 ? null : item.Ordered));
            previous = level;
        }
        return items;
    }

    private static Author Map(AuthorDto a, string path) => new(
        a.Name, a.Honorific, a.Role, Strings(a.Bio, path + ".bio"),
        [.. a.Links.Select(l => new AuthorLink(l.Kind, l.Label, l.Url))]);

    private static SourceSpan Map(SourceDto? dto, string path)
    {
        if (dto is null)
            return SourceSpan.None;
        if (dto.StartLine is null != dto.EndLine is null)
            throw new JsonArticleFormatException(path, "startLine and endLine must be given together");
        if (dto.StartLine is null && dto.Path is null)
            throw new JsonArticleFormatException(path, "needs startLine and endLine, or path");
        return new SourceSpan(dto.StartLine ?? 0, dto.EndLine ?? 0, dto.Path);
    }

    /// <summary>The runs when given (their text must add up to "text"), else the text as one plain run.</summary>
    internal static List<Run> Runs(string text, IReadOnlyList<RunDto>? runs, string path)
    {
        if (runs is null)
            return [Run.Plain(text)];
        var joined = string.Concat(runs.Select(r => r.Text));
        if (!string.Equals(joined, text, StringComparison.Ordinal))
            throw new JsonArticleFormatException(path + ".runs", "the runs' text does not add up to the block's text");
        return [.. runs.Select((r, i) => new Run(r.Text, r.Bold, r.Italic, r.Link, r.Lang, Position(r.Position, $"{path}.runs[{i}].position"), r.Code))];
    }

    private static RunPosition Position(string? name, string path) => name switch
    {
        null => RunPosition.Baseline,
        "subscript" => RunPosition.Subscript,
        "superscript" => RunPosition.Superscript,
        _ => throw new JsonArticleFormatException(path, $"position must be \"subscript\" or \"superscript\", not \"{name}\""),
    };

    // Nullable annotations are enforced on properties, not on collection elements, so check those here.
    private static List<string> Strings(IReadOnlyList<string> values, string path)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is null)
                throw new JsonArticleFormatException($"{path}[{i}]", "must be a string, not null");
        }
        return [.. values];
    }
}
