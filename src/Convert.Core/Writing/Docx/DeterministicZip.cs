using System.IO.Compression;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Re-packs a zip package with every entry stamped with one fixed time, in the original entry order.
/// The packaging layer stamps entries with the current clock, which alone would make every run's bytes differ.
/// </summary>
internal static class DeterministicZip
{
    // Zip (DOS) timestamps cannot express anything before 1980.
    private static readonly DateTimeOffset Earliest = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Repack(Stream package, Stream output, DateTimeOffset timestamp)
    {
        var stamp = timestamp < Earliest ? Earliest : new DateTimeOffset(timestamp.UtcDateTime, TimeSpan.Zero);
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = stamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
