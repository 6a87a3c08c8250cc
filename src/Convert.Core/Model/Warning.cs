namespace Convert.Core.Model;

/// <summary>Something a person should know about a conversion.</summary>
/// <param name="Code">A stable id to act on ("decoding-fallback", "author-section-without-author", ...); see <see cref="WarningCodes"/>.</param>
/// <param name="Message">The sentence a person reads.</param>
/// <param name="Source">Where in the input it applies, when it applies to one place.</param>
public sealed record Warning(string Code, string Message, SourceSpan? Source = null)
{
    public override string ToString() => Message;
}
