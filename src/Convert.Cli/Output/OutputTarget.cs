namespace Convert.Cli.Output;

/// <summary>Where one converted document goes.</summary>
internal abstract record OutputTarget;

/// <summary>The document goes to standard output.</summary>
internal sealed record StdoutTarget : OutputTarget
{
    public static StdoutTarget Instance { get; } = new();
}

/// <summary>The document goes to a file.</summary>
/// <param name="DisplayPath">The path for messages, as the user would recognise it.</param>
/// <param name="FullPath">The absolute path written to.</param>
internal sealed record FileTarget(string DisplayPath, string FullPath) : OutputTarget;
