namespace Convert.Core.Writing.Json;

/// <summary>The JSON text is not an article in this tool's format; <see cref="JsonPath"/> says where.</summary>
public sealed class JsonArticleFormatException : FormatException
{
    public JsonArticleFormatException(string jsonPath, string problem, Exception? inner = null)
        : base($"Invalid article JSON at {jsonPath}: {problem}", inner)
    {
        JsonPath = jsonPath;
        Problem = problem;
    }

    /// <summary>The JSON path of the offending value, e.g. <c>$.body[2].level</c>.</summary>
    public string JsonPath { get; }

    /// <summary>What is wrong, without the path.</summary>
    public string Problem { get; }
}
