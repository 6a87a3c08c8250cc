namespace Convert.Cli.Input;

/// <summary>One input to convert: a file, or stdin.</summary>
/// <param name="DisplayPath">The path as the user wrote it (joined with the relative path for walked files), for messages.</param>
/// <param name="FullPath">The absolute path, or null for stdin.</param>
/// <param name="MirrorBase">The folder this input's output path is made relative to under --output-dir: the directory
/// argument it was found in, or the file's own folder. Null for stdin.</param>
internal sealed record InputSource(string DisplayPath, string? FullPath, string? MirrorBase)
{
    /// <summary>The name stdin has in messages.</summary>
    public const string StdinDisplayName = "<stdin>";

    public static InputSource Stdin { get; } = new(StdinDisplayName, null, null);

    public bool IsStdin => FullPath is null;

    /// <summary>The name given to the conversion as the article's source path ("-" for stdin).</summary>
    public string SourcePath => IsStdin ? "-" : DisplayPath;

    /// <summary>
    /// What <c>--shard</c> hashes: the path relative to the folder the input was found in (a named file: its name),
    /// with "/" between folders on every platform, so each machine of a split picks the same files.
    /// </summary>
    public string ShardKey => IsStdin ? "-" : Path.GetRelativePath(MirrorBase!, FullPath!).Replace('\\', '/');
}
