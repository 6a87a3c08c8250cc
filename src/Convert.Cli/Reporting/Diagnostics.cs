using Convert.Cli.Usage;

namespace Convert.Cli.Reporting;

/// <summary>Formats the one-line messages written to stderr.</summary>
internal static class Diagnostics
{
    public const string ToolName = "declutter";

    public static string Error(string message) => $"{ToolName}: error: {OneLine(message)}";

    public static string Error(string path, string reason) => $"{ToolName}: error: {path}: {OneLine(reason)}";

    public static string Warning(string path, string message) => $"{ToolName}: warning: {path}: {OneLine(message)}";

    public static string Note(string message) => $"{ToolName}: note: {OneLine(message)}";

    /// <summary>Folds a multi-line message (some exception messages have several) into one line, with .NET type names in words.</summary>
    public static string OneLine(string message) =>
        string.Join(' ', TypeNames.Humanize(message).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
