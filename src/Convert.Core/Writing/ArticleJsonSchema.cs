namespace Convert.Core.Writing;

// PLACEHOLDER: owned by the JSON helper.
public static class ArticleJsonSchema
{
    /// <summary>The JSON Schema (draft 2020-12) of the JSON output, as text.</summary>
    public static string Text => throw new NotImplementedException();
}
