using System.Text.RegularExpressions;

namespace Convert.Cli.Usage;

/// <summary>
/// Rewrites .NET type names that library messages carry ("System.Int32", "List`1[System.String]") into the words a
/// user of the command knows. A last line of defence: our own messages never name types.
/// </summary>
internal static partial class TypeNames
{
    public static string Humanize(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!message.Contains("System.", StringComparison.Ordinal) && !message.Contains('`', StringComparison.Ordinal))
            return message;
        return TypeName().Replace(message, m => Describe(m.Value));
    }

    /// <summary>What a value of <paramref name="type"/> is, in words: "a whole number", "text"...</summary>
    public static string Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Describe(type.FullName ?? type.Name);
    }

    private static string Describe(string typeName)
    {
        var name = typeName.Trim('\'');
        if (name.Contains("Dictionary`", StringComparison.Ordinal))
            return "a JSON object";
        if (name.EndsWith("[]", StringComparison.Ordinal) || name.Contains("List`", StringComparison.Ordinal)
            || name.Contains("Enumerable`", StringComparison.Ordinal) || name.Contains("Collection`", StringComparison.Ordinal))
            return "a list" + (name.Contains("String", StringComparison.Ordinal) ? " of strings" : "");
        if (name.Contains('`', StringComparison.Ordinal))
            return "a value";
        return name[(name.LastIndexOf('.') + 1)..] switch
        {
            "Int32" or "Int64" or "Int16" or "UInt32" or "UInt64" or "Byte" => "a whole number",
            "Double" or "Single" or "Decimal" => "a number",
            "Boolean" => "true or false",
            "String" or "Char" => "text",
            "DateTime" or "DateTimeOffset" or "DateOnly" => "a date",
            "Object" => "a JSON object",
            _ => "a value",
        };
    }

    // A namespace-qualified type, with generic arity and arguments or array brackets.
    [GeneratedRegex(@"'?(?:[A-Za-z_][A-Za-z0-9_]*\.)*[A-Za-z_][A-Za-z0-9_]*`\d+(?:\[[^\]]*\]+)?'?|'?System(?:\.[A-Za-z_][A-Za-z0-9_]*)+(?:\[\])?'?")]
    private static partial Regex TypeName();
}
