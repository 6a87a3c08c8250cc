using Convert.Core.Configuration;
using Convert.Core.Validation;

namespace Convert.Cli.Validate;

/// <summary>Reads --select and --ignore: rule ids, comma-separated or repeated, each checked against the catalogue.</summary>
internal static class RuleSelection
{
    /// <exception cref="CliUsageException">An id is not a validation rule.</exception>
    public static IReadOnlySet<string> Parse(IReadOnlyList<string> values, string option)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (ValidationRules.Find(id) is null)
                throw new CliUsageException($"{option}: unknown rule id \"{id}\"{Suggestion.DidYouMean(id, ValidationRules.All.Select(r => r.Id))} (declutter rules lists them)");
            ids.Add(id);
        }
        return ids;
    }
}
