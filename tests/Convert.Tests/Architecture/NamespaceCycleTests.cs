using System.Text.RegularExpressions;
using Convert.Tests.Fixtures;

namespace Convert.Tests.Architecture;

/// <summary>
/// The namespaces of each project depend on each other without cycles (read from the files' using directives), so a
/// stage can be understood, tested and replaced without the ones that use it.
/// </summary>
public partial class NamespaceCycleTests
{
    [Theory]
    [InlineData("src/Convert.Core", "Convert.Core")]
    [InlineData("src/Convert.Cli", "Convert.Cli")]
    public void NamespacesHaveNoCycles(string folder, string root)
    {
        var graph = UsingGraph(Path.Combine(FixtureFiles.Root, folder), root);

        var cycles = graph.Keys.Select(start => CycleFrom(start, graph)).OfType<string>().Distinct().ToList();

        Assert.Empty(cycles);
    }

    private static Dictionary<string, HashSet<string>> UsingGraph(string folder, string root)
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                continue;
            var text = File.ReadAllText(file);
            if (NamespaceLine().Match(text) is not { Success: true } ns)
                continue;
            var name = ns.Groups[1].Value;
            var edges = graph.TryGetValue(name, out var existing) ? existing : graph[name] = [];
            foreach (Match use in UsingLine().Matches(text))
            {
                var target = use.Groups[1].Value;
                if (target != name && target.StartsWith(root, StringComparison.Ordinal))
                    edges.Add(target);
            }
        }
        return graph;
    }

    /// <summary>"A -> B -> A" when a path of using directives leads from <paramref name="start"/> back to it, else null.</summary>
    private static string? CycleFrom(string start, Dictionary<string, HashSet<string>> graph)
    {
        var path = new List<string> { start };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Walk(start) ? string.Join(" -> ", path) : null;

        bool Walk(string node)
        {
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                path.Add(next);
                if (next == start || (seen.Add(next) && Walk(next)))
                    return true;
                path.RemoveAt(path.Count - 1);
            }
            return false;
        }
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^using ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex UsingLine();
}
