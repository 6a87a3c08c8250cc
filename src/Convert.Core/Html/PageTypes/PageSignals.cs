namespace Convert.Core.Html.PageTypes;

/// <summary>A page's feature vector for the page-type models, filled by feature name.</summary>
internal sealed class PageSignals
{
    private readonly float[] _values = new float[PageTypeFeatures.Names.Count];

    public ReadOnlySpan<float> Values => _values;

    public float this[string name]
    {
        get => _values[PageTypeFeatures.IndexOf(name)];
        set => _values[PageTypeFeatures.IndexOf(name)] = value;
    }

    public void Set(string name, bool value) => this[name] = value ? 1 : 0;

    public float[] ToArray() => [.. _values];
}
