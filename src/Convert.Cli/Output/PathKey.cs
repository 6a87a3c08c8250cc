using System.Numerics;
using Convert.Cli.Input;

namespace Convert.Cli.Output;

/// <summary>
/// A path as a 128-bit key (two 64-bit hashes of its characters, case folded where paths compare without case), so a
/// batch can look up thousands of paths without keeping their strings: 16 bytes a path instead of a hundred or more.
/// A key shared by two paths could only make an output be refused as an input's, never let one be written over.
/// </summary>
internal static class PathKey
{
    public static UInt128 Of(string path)
    {
        var folded = ReferenceEquals(PathComparison.Comparer, StringComparer.OrdinalIgnoreCase) ? path.ToUpperInvariant() : path;
        // FNV-1a and a multiply-rotate hash, each finished with SplitMix64's mixer; managed, so no crypto library loads.
        ulong first = 14695981039346656037UL, second = 0x9E3779B97F4A7C15UL ^ (ulong)folded.Length;
        foreach (var c in folded)
        {
            first = (first ^ c) * 1099511628211UL;
            second = BitOperations.RotateLeft((second ^ c) * 0xC2B2AE3D27D4EB4FUL, 31) * 0x165667B19E3779F9UL;
        }
        return new UInt128(Mix(first), Mix(second));
    }

    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
