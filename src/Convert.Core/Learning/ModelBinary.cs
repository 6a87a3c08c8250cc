using System.Buffers.Binary;
using System.Text;

namespace Convert.Core.Learning;

/// <summary>
/// The shipped form of a model: the same content as its JSON file (<see cref="ModelFile"/>, the reviewed source),
/// as little-endian binary with each tree's node arrays stored whole. Parsing the JSON of the HTML models took most
/// of a single-page run's start; this reads in well under a millisecond. The <c>.bin</c> beside each shipped JSON
/// model is checked against it by the tests (and rewritten by them with <c>DECLUTTER_ACCEPT=1</c>), and the
/// training tool writes both.
/// </summary>
/// <remarks>
/// Layout: the magic <c>DCLTREE1</c>; the name; the feature count and names; base score and threshold (float64);
/// the tree count; per tree the node count, then its feature (int32), threshold (float32), left and right (int32)
/// and value (float64) arrays. Strings are an int32 byte length and UTF-8.
/// </remarks>
internal static class ModelBinary
{
    private static readonly byte[] Magic = "DCLTREE1"u8.ToArray();

    /// <summary>Where the binary form of the JSON model at <paramref name="jsonPath"/> is kept.</summary>
    public static string PathBeside(string jsonPath) => Path.ChangeExtension(jsonPath, ".bin");

    public static byte[] ToBytes(BoostedTreesModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            WriteString(writer, model.Name);
            writer.Write(model.FeatureNames.Count);
            foreach (var feature in model.FeatureNames)
                WriteString(writer, feature);
            writer.Write(model.BaseScore);
            writer.Write(model.Threshold);
            writer.Write(model.Trees.Count);
            foreach (var tree in model.Trees)
            {
                writer.Write(tree.NodeCount);
                foreach (var v in tree.Feature)
                    writer.Write(v);
                foreach (var v in tree.Threshold)
                    writer.Write(v);
                foreach (var v in tree.Left)
                    writer.Write(v);
                foreach (var v in tree.Right)
                    writer.Write(v);
                foreach (var v in tree.Value)
                    writer.Write(v);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Writes the binary form beside the JSON model file at <paramref name="jsonPath"/>, atomically.</summary>
    public static void WriteBeside(BoostedTreesModel model, string jsonPath)
    {
        var path = PathBeside(jsonPath);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, ToBytes(model));
        File.Move(temporary, path, overwrite: true);
    }

    /// <exception cref="ModelFormatException">The bytes are not a model of this format, or are cut short.</exception>
    public static BoostedTreesModel Read(ReadOnlySpan<byte> bytes, string source)
    {
        var reader = new SpanReader(bytes, source);
        if (!reader.Take(Magic.Length).SequenceEqual(Magic))
            throw new ModelFormatException($"model '{source}' is not a binary declutter model");
        var name = reader.String();
        var features = new string[reader.Count()];
        for (var i = 0; i < features.Length; i++)
            features[i] = reader.String();
        var baseScore = reader.Double();
        var threshold = reader.Double();
        var trees = new RegressionTree[reader.Count()];
        for (var t = 0; t < trees.Length; t++)
        {
            var n = reader.Count();
            trees[t] = new RegressionTree(reader.Int32s(n), reader.Singles(n), reader.Int32s(n), reader.Int32s(n), reader.Doubles(n));
        }
        if (!reader.AtEnd)
            throw new ModelFormatException($"model '{source}' has bytes after its last tree");
        return new BoostedTreesModel(name, features, baseScore, threshold, trees);
    }

    private static void WriteString(BinaryWriter writer, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    private ref struct SpanReader(ReadOnlySpan<byte> bytes, string source)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _position;

        public readonly bool AtEnd => _position == _bytes.Length;

        public ReadOnlySpan<byte> Take(int length)
        {
            if (length < 0 || length > _bytes.Length - _position)
                throw new ModelFormatException($"model '{source}' is cut short at byte {_position}");
            var span = _bytes.Slice(_position, length);
            _position += length;
            return span;
        }

        private ReadOnlySpan<byte> TakeArray(int n, int size) =>
            (long)n * size <= _bytes.Length - _position ? Take(n * size) : Take(-1);

        public int Count()
        {
            var count = BinaryPrimitives.ReadInt32LittleEndian(Take(4));
            return count >= 0 ? count : throw new ModelFormatException($"model '{source}' has a negative count at byte {_position - 4}");
        }

        public string String() => Encoding.UTF8.GetString(Take(Count()));

        public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

        public int[] Int32s(int n)
        {
            var span = TakeArray(n, 4);
            var values = new int[n];
            for (var i = 0; i < n; i++)
                values[i] = BinaryPrimitives.ReadInt32LittleEndian(span[(i * 4)..]);
            return values;
        }

        public float[] Singles(int n)
        {
            var span = TakeArray(n, 4);
            var values = new float[n];
            for (var i = 0; i < n; i++)
                values[i] = BinaryPrimitives.ReadSingleLittleEndian(span[(i * 4)..]);
            return values;
        }

        public double[] Doubles(int n)
        {
            var span = TakeArray(n, 8);
            var values = new double[n];
            for (var i = 0; i < n; i++)
                values[i] = BinaryPrimitives.ReadDoubleLittleEndian(span[(i * 8)..]);
            return values;
        }
    }
}
