namespace Convert.Training.Evaluation;

/// <summary>
/// Assigns rows to cross-validation folds by group (the site), so no site is in both the training and the scoring
/// part of a fold: a model that memorised a site's template would otherwise look better than it is on new sites.
/// </summary>
internal static class SiteFolds
{
    public static int[] Assign(IReadOnlyList<string> groups, int folds = 5, int seed = 17)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var rowsPerGroup = groups.GroupBy(group => group, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var order = rowsPerGroup.Keys.Order(StringComparer.Ordinal).ToArray();
        var random = new Random(seed);
        random.Shuffle(order);
        // Each group to the fold with the fewest rows so far: folds of even size, whatever the group sizes.
        var foldRows = new long[folds];
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in order)
        {
            var fold = 0;
            for (var f = 1; f < folds; f++)
            {
                if (foldRows[f] < foldRows[fold])
                    fold = f;
            }
            foldOf[group] = fold;
            foldRows[fold] += rowsPerGroup[group];
        }
        return [.. groups.Select(group => foldOf[group])];
    }
}
