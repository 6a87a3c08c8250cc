using System.Globalization;

namespace Convert.Core.Streams;

/// <summary>
/// One of N shards of a batch (<c>--shard K/N</c>): an input belongs to shard K when the stable hash of its key (a
/// file's path relative to the folder it was found in, a record's id) modulo N is K - 1. Each key is in exactly one
/// shard, so N machines split a crawl with no coordinator and together convert it whole, nothing twice.
/// </summary>
/// <param name="Index">K, from 1 to <paramref name="Count"/>.</param>
/// <param name="Count">N, at least 1.</param>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>The whole batch (shard 1 of 1).</summary>
    public static Shard All { get; } = new(1, 1);

    /// <summary>True when the input with this key belongs to this shard.</summary>
    public bool Contains(string key) => Count == 1 || (int)(StableHash.Fnv1a64(key) % (ulong)Count) == Index - 1;

    /// <summary>Reads "K/N".</summary>
    /// <exception cref="FormatException">Not two whole numbers with 1 &lt;= K &lt;= N; the message says which.</exception>
    public static Shard Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            throw new FormatException($"'{text}' is not K/N (two whole numbers, e.g. 2/8)");
        if (count < 1 || index < 1 || index > count)
            throw new FormatException($"'{text}': K must be from 1 to N, and N at least 1");
        return new Shard(index, count);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
