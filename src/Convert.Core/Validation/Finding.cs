namespace Convert.Core.Validation;

/// <summary>One problem (or note) about one file, as every report format shows it.</summary>
/// <param name="RuleId">The validation rule, e.g. "leftover-clutter" (see <see cref="ValidationRules"/>).</param>
/// <param name="Severity">The severity in effect (the rule's default, or the config's).</param>
/// <param name="Message">One sentence for a person.</param>
/// <param name="File">The file as the user named it (relative paths stay relative).</param>
/// <param name="Line">1-based line in the file, when known.</param>
/// <param name="Column">1-based column, when known.</param>
/// <param name="Location">Where inside a structured file: a JSON path ("$.body[2].text") or a Word part and
/// paragraph ("word/document.xml paragraph 5"); null for plain text.</param>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Message,
    string File,
    int? Line = null,
    int? Column = null,
    string? Location = null);
