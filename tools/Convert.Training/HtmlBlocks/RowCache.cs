using Convert.Core.Html.Scoring;
using Convert.Training.Evaluation;

namespace Convert.Training.HtmlBlocks;

/// <summary>
/// Keeps the extracted rows of a corpus run on disk, so that trying other training options does not parse every page
/// again. A cache written for another feature list is ignored.
/// </summary>
internal static class RowCache
{
    public static PageRows[]? Read(string path, IReadOnlyList<WcxbPage> corpus)
    {
        if (!File.Exists(path))
            return null;
        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadString() != string.Join(',', BlockFeatures.Names) || reader.ReadInt32() != corpus.Count)
            return null;
        var pages = new PageRows[corpus.Count];
        for (var p = 0; p < corpus.Count; p++)
        {
            var error = reader.ReadBoolean() ? reader.ReadString() : null;
            var count = reader.ReadInt32();
            var blocks = new BlockRow[count];
            var labels = new bool[count];
            var weights = new double[count];
            for (var b = 0; b < count; b++)
            {
                var text = reader.ReadString();
                var inSelection = reader.ReadBoolean();
                var features = new float[BlockFeatures.Names.Count];
                for (var f = 0; f < features.Length; f++)
                    features[f] = reader.ReadSingle();
                blocks[b] = new BlockRow(text, inSelection, features);
                labels[b] = reader.ReadBoolean();
                weights[b] = reader.ReadDouble();
            }
            pages[p] = new PageRows(corpus[p], blocks, labels, weights, error);
        }
        return pages;
    }

    public static void Write(string path, PageRows[] pages)
    {
        var temporary = path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary)))
        {
            writer.Write(string.Join(',', BlockFeatures.Names));
            writer.Write(pages.Length);
            foreach (var page in pages)
            {
                writer.Write(page.Error is not null);
                if (page.Error is not null)
                    writer.Write(page.Error);
                writer.Write(page.Blocks.Count);
                for (var b = 0; b < page.Blocks.Count; b++)
                {
                    writer.Write(page.Blocks[b].Text);
                    writer.Write(page.Blocks[b].InSelection);
                    foreach (var value in page.Blocks[b].Features)
                        writer.Write(value);
                    writer.Write(page.Labels[b]);
                    writer.Write(page.Weights[b]);
                }
            }
        }
        File.Move(temporary, path, overwrite: true);
    }
}
