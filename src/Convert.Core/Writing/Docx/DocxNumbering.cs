using System.Globalization;
using Convert.Core.Model;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Hands out numbering instances while the body is written, then builds numbering.xml. Each of the nine levels of a
/// definition is a nesting level, indented one step more than the one above it. Lists that are bulleted at every
/// level share one instance; every list with a numbered level gets its own instance, whose first level starts at the
/// list's start number, so each one restarts. A list mixing kinds (numbered steps with bulleted notes) gets a
/// definition with each level's own kind.
/// </summary>
internal sealed class DocxNumbering
{
    private const int BulletAbstractId = 0;
    private const int DecimalAbstractId = 1;
    private const int BulletNumId = 1;
    private const int LevelCount = ListBlock.MaxLevel + 1;
    private const int IndentStepTwips = 360;

    private readonly List<(int NumId, int AbstractId, int Start)> _numberedInstances = [];
    private readonly Dictionary<string, int> _mixedAbstractIds = new(StringComparer.Ordinal);
    private bool _bulletsUsed;

    /// <summary>True once any list asked for numbering, i.e. when numbering.xml is needed.</summary>
    public bool IsUsed => _bulletsUsed || _numberedInstances.Count > 0;

    /// <summary>
    /// Numbering instances for the next list block: the w:numId of each of its items. A level is numbered when any
    /// of its items is; a bulleted sub-list at such a level takes the shared bullet instance, where it counts nothing.
    /// </summary>
    public Func<Model.ListItem, int> NumIdsForList(ListBlock list)
    {
        var kinds = LevelKinds(list);
        if (!kinds.Contains(true))
        {
            _bulletsUsed = true;
            return _ => BulletNumId;
        }

        var abstractId = kinds.Contains(false) ? MixedAbstractId(kinds) : DecimalAbstractId;
        var numId = BulletNumId + 1 + _numberedInstances.Count;
        _numberedInstances.Add((numId, abstractId, list.Ordered ? list.Start : 1));
        return item =>
        {
            if (list.IsOrdered(item) || !kinds[Math.Clamp(item.Level, 0, LevelCount - 1)])
            {
                return numId;
            }

            _bulletsUsed = true;
            return BulletNumId;
        };
    }

    public Numbering Build()
    {
        var numbering = new Numbering(
            AbstractList(BulletAbstractId, _ => false),
            AbstractList(DecimalAbstractId, _ => true));
        foreach (var (signature, abstractId) in _mixedAbstractIds)
        {
            numbering.Append(AbstractList(abstractId, level => signature[level] == '1'));
        }

        numbering.Append(new NumberingInstance(new AbstractNumId { Val = BulletAbstractId }) { NumberID = BulletNumId });
        foreach (var (numId, abstractId, start) in _numberedInstances)
        {
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = abstractId },
                new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 })
            { NumberID = numId });
        }

        return numbering;
    }

    // Whether each level is numbered: when any item at it is; a level without items follows the list.
    private static bool[] LevelKinds(ListBlock list)
    {
        var kinds = new bool?[LevelCount];
        foreach (var item in list.Items)
        {
            var level = Math.Clamp(item.Level, 0, LevelCount - 1);
            kinds[level] = kinds[level] == true || list.IsOrdered(item);
        }

        return [.. kinds.Select(kind => kind ?? list.Ordered)];
    }

    private int MixedAbstractId(bool[] kinds)
    {
        var signature = string.Concat(kinds.Select(k => k ? '1' : '0'));
        if (!_mixedAbstractIds.TryGetValue(signature, out var id))
        {
            id = DecimalAbstractId + 1 + _mixedAbstractIds.Count;
            _mixedAbstractIds.Add(signature, id);
        }

        return id;
    }

    private static string BulletSymbol(int level) => (level % 3) switch { 0 => "\u2022", 1 => "\u25E6", _ => "\u25AA" };

    private static AbstractNum AbstractList(int abstractId, Func<int, bool> numbered)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = abstractId };
        for (var level = 0; level < LevelCount; level++)
        {
            var isNumbered = numbered(level);
            var indent = (IndentStepTwips * (level + 2)).ToString(CultureInfo.InvariantCulture);
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = isNumbered ? NumberFormatValues.Decimal : NumberFormatValues.Bullet },
                new LevelText { Val = isNumbered ? $"%{level + 1}." : BulletSymbol(level) },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = indent, Hanging = IndentStepTwips.ToString(CultureInfo.InvariantCulture) }))
            { LevelIndex = level });
        }

        return abstractNum;
    }
}
