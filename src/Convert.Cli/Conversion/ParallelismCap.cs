using Convert.Cli.Input;

namespace Convert.Cli.Conversion;

/// <summary>
/// How many conversions may run at once so that the batch fits in memory: each is counted at
/// <see cref="BytesPerConversion"/> for the largest input of the batch, and together they may take three quarters of
/// the memory the runtime may use (the machine's, or the container's limit). README, "Limits", states the rule.
/// </summary>
internal static class ParallelismCap
{
    /// <summary>What one conversion may take beyond the input-proportional part (the page node floor and the writers).</summary>
    public const long FixedBytes = 128L * 1024 * 1024;

    /// <summary>
    /// Peak memory per input byte measured on the worst inputs within the limits, plus margin: one 8.2 MB HTML paragraph
    /// 34-41x, HTML prose pages 18-20x, scraped text 20-25x (bench/README.md, "HTML memory").
    /// </summary>
    public const int BytesPerInputByte = 48;

    public static long BytesPerConversion(long inputBytes) => FixedBytes + BytesPerInputByte * inputBytes;

    /// <param name="requested">The -j value (default: the processor count).</param>
    /// <param name="inputs">The batch's inputs; their sizes are read from the file system.</param>
    /// <param name="availableBytes">The memory the runtime may use.</param>
    public static int For(int requested, IReadOnlyList<InputSource> inputs, long availableBytes)
    {
        if (requested <= 1 || inputs.Count <= 1)
            return requested;
        var largest = inputs.Where(i => i.FullPath is not null).Select(i => SizeOf(i.FullPath!)).DefaultIfEmpty(0).Max();
        var fits = availableBytes * 3 / 4 / BytesPerConversion(largest);
        return (int)Math.Clamp(fits, 1, requested);
    }

    /// <summary>The memory the runtime may use: the machine's, or less under a container or heap limit.</summary>
    public static long AvailableBytes() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
