namespace Convert.Cli.Output;

/// <summary>Where a batch's outputs go, as the command line asked.</summary>
/// <param name="OutputFile">-o FILE, or "-" for stdout; null when not given.</param>
/// <param name="OutputDirectory">--output-dir DIR, or null.</param>
/// <param name="Force">Replace existing outputs (never an input).</param>
internal sealed record OutputRequest(string? OutputFile, string? OutputDirectory, bool Force)
{
    /// <summary>True when -o names stdout.</summary>
    public bool OutputIsStdout => OutputFile == "-";
}
