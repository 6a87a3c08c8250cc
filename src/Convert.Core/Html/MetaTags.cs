namespace Convert.Core.Html;

/// <summary>Looks up &lt;meta&gt; values by name or property, case-insensitively, first one wins.</summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public MetaTags(IEnumerable<IReadOnlyDictionary<string, string>> metas)
    {
        foreach (var meta in metas)
        {
            if (!meta.TryGetValue("content", out var content) || string.IsNullOrWhiteSpace(content))
                continue;
            foreach (var key in new[] { "property", "name", "itemprop", "http-equiv" })
            {
                if (meta.TryGetValue(key, out var name))
                {
                    // "property" may list several names separated by spaces ("og:title twitter:title").
                    foreach (var single in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        Add(single, EntityText.Decode(content.Trim())!);
                }
            }
        }
    }

    public string? First(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (_values.TryGetValue(name, out var values))
                return values[0];
        }
        return null;
    }

    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var values) ? values : [];

    private void Add(string name, string content)
    {
        if (!_values.TryGetValue(name, out var values))
            _values[name] = values = [];
        values.Add(content);
    }
}
