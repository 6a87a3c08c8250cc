namespace Convert.Core.Validation;

/// <summary>A piece of converted text to check, with where it is in the file.</summary>
public sealed record TextItem(string Text, int? Line, string? Location);
