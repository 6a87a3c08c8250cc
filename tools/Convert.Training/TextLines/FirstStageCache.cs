using Convert.Core.Reading.TextDumps;
using Convert.Training.Boosting;

namespace Convert.Training.TextLines;

/// <summary>
/// Keeps the first stage's held-out and fitted scores on disk, so that trying second-stage options does not train the
/// first stage again. A cache written for other features, options or pages is ignored.
/// </summary>
internal static class FirstStageCache
{
    public static string Key(BoostingOptions options, int folds, IReadOnlyList<TextLinePage> pages) =>
        string.Join(',', TextLineFeatures.Names) + $"|{options.Rounds}|{options.MaxDepth}|{options.MinLeafSamples}|{options.Seed}|{folds}|"
        + $"{pages.Count}|{pages.Sum(p => p.Blocks.Count)}";

    public static (double[][] HeldOut, double[][] Fitted, double Threshold)? Read(string path, string key, IReadOnlyList<TextLinePage> pages)
    {
        if (!File.Exists(path))
            return null;
        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadString() != key)
            return null;
        var threshold = reader.ReadDouble();
        var heldOut = new double[pages.Count][];
        var fitted = new double[pages.Count][];
        for (var p = 0; p < pages.Count; p++)
        {
            heldOut[p] = ReadScores(reader, pages[p].Blocks.Count);
            fitted[p] = ReadScores(reader, pages[p].Blocks.Count);
        }
        return (heldOut, fitted, threshold);
    }

    public static void Write(string path, string key, double[][] heldOut, double[][] fitted, double threshold)
    {
        var temporary = path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary)))
        {
            writer.Write(key);
            writer.Write(threshold);
            for (var p = 0; p < heldOut.Length; p++)
            {
                foreach (var value in heldOut[p])
                    writer.Write(value);
                foreach (var value in fitted[p])
                    writer.Write(value);
            }
        }
        File.Move(temporary, path, overwrite: true);
    }

    private static double[] ReadScores(BinaryReader reader, int count)
    {
        var scores = new double[count];
        for (var i = 0; i < count; i++)
            scores[i] = reader.ReadDouble();
        return scores;
    }
}
