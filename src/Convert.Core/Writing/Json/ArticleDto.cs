using System.Text.Json.Serialization;

namespace Convert.Core.Writing.Json;

// The JSON format's own types. They mirror the model on purpose but are kept apart from it, so the model can
// change shape without changing the published format (schemaVersion). Property order here is the field order
// in the output; keep it in step with article.schema.json.

/// <summary>
/// The top-level JSON document. "subtitle" is always written, right after "title", but may be missing when
/// reading, so documents written before it existed still read (hence its place last, with a default).
/// "id" and "url" come first, and only for an article read from a stream record (JSONL), as the record gave them.
/// </summary>
internal sealed record ArticleDto(
    [property: JsonPropertyOrder(-3)] int SchemaVersion,
    [property: JsonPropertyOrder(-2)] string? Title,
    MetadataDto Metadata,
    IReadOnlyList<BlockDto> Body,
    IReadOnlyList<AuthorDto> Authors,
    IReadOnlyList<RemovalDto> Removals,
    IReadOnlyList<WarningDto> Warnings,
    [property: JsonPropertyOrder(-1)] string? Subtitle = null,
    [property: JsonPropertyOrder(-5), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Id = null,
    [property: JsonPropertyOrder(-4), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url = null);

internal sealed record MetadataDto(
    string? SourcePath,
    string? SourceUrl,
    string? SiteName,
    string? Language,
    string? Published,
    string? Byline,
    string? RepublishedFrom,
    string? RepublishedNote,
    IReadOnlyList<string> Tags,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PageType = null);

/// <summary>Where a block came from. Lines are omitted when unknown (0), the path when the input was not HTML.</summary>
internal sealed record SourceDto(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? StartLine = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? EndLine = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Path = null);

/// <summary>
/// A formatted stretch of text; written only for blocks where some run carries formatting or a language.
/// "lang" is left out when the run is in the article's language, "position" on the baseline, "code" when false.
/// </summary>
internal sealed record RunDto(
    string Text,
    bool Bold,
    bool Italic,
    string? Link,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Lang = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Position = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Code = false);

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ParagraphDto), "paragraph")]
[JsonDerivedType(typeof(HeadingDto), "heading")]
[JsonDerivedType(typeof(ListDto), "list")]
[JsonDerivedType(typeof(QuoteDto), "quote")]
[JsonDerivedType(typeof(CodeDto), "code")]
[JsonDerivedType(typeof(TableDto), "table")]
[JsonDerivedType(typeof(FigureDto), "figure")]
internal abstract record BlockDto;

// In the block records, "runs" is last so it can be optional, and JsonPropertyOrder puts "source" after it.

internal sealed record ParagraphDto(
    string Text,
    [property: JsonPropertyOrder(1)] SourceDto? Source,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RunDto>? Runs = null) : BlockDto;

internal sealed record HeadingDto(
    int Level,
    string Text,
    [property: JsonPropertyOrder(1)] SourceDto? Source,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RunDto>? Runs = null) : BlockDto;

/// <summary>A list; "start" is written for an ordered list that does not start at 1. Files written before it existed have none.</summary>
internal sealed record ListDto(
    [property: JsonPropertyOrder(-1)] bool Ordered,
    IReadOnlyList<ListItemDto> Items,
    SourceDto? Source,
    [property: JsonPropertyOrder(-1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Start = null) : BlockDto;

/// <summary>A list item; "level" is written for a nested item, "ordered" for a nested item whose own list differs.</summary>
internal sealed record ListItemDto(
    string Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RunDto>? Runs = null,
    [property: JsonPropertyOrder(-1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Level = null,
    [property: JsonPropertyOrder(-1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Ordered = null);

/// <summary>Preformatted code (schemaVersion 2).</summary>
internal sealed record CodeDto(
    string Text,
    string? Language,
    [property: JsonPropertyOrder(1)] SourceDto? Source) : BlockDto;

/// <summary>
/// A table (schemaVersion 2): its caption ("captionRuns" only when formatted), how many leading rows are header rows,
/// and its rows of cells; a cell's "colSpan" and "rowSpan" are written when more than 1.
/// </summary>
internal sealed record TableDto(
    [property: JsonPropertyOrder(-1)] string? Caption,
    int HeaderRows,
    IReadOnlyList<TableRowDto> Rows,
    [property: JsonPropertyOrder(1)] SourceDto? Source,
    [property: JsonPropertyOrder(-1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RunDto>? CaptionRuns = null) : BlockDto;

/// <summary>
/// A figure (schemaVersion 2): "text" is the caption and credit as printed, "caption" and "credit" apart (their runs
/// only when formatted), the image's alt text, address and the file saved with the page (relative to the input).
/// </summary>
internal sealed record FigureDto(
    [property: JsonPropertyOrder(-6)] string Text,
    [property: JsonPropertyOrder(-5)] string? Caption,
    [property: JsonPropertyOrder(-3)] string? Credit,
    string? Alt,
    string? Src,
    string? Image,
    [property: JsonPropertyOrder(1)] SourceDto? Source,
    [property: JsonPropertyOrder(-4), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RunDto>? CaptionRuns = null,
    [property: JsonPropertyOrder(-2), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RunDto>? CreditRuns = null) : BlockDto;

internal sealed record TableRowDto(IReadOnlyList<TableCellDto> Cells);

internal sealed record TableCellDto(
    string Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RunDto>? Runs = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? ColSpan = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? RowSpan = null);

internal sealed record QuoteDto(
    string Text,
    [property: JsonPropertyOrder(1)] SourceDto? Source,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RunDto>? Runs = null) : BlockDto;

internal sealed record AuthorDto(
    string Name,
    string? Honorific,
    string? Role,
    IReadOnlyList<string> Bio,
    IReadOnlyList<AuthorLinkDto> Links);

internal sealed record AuthorLinkDto(string Kind, string Label, string Url);

internal sealed record RemovalDto(string RuleId, string Category, string Text, SourceDto? Source);
