using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Hands out numbering instances while the body is written, then builds numbering.xml. Bullet lists share one
/// instance; every ordered list gets its own instance with a start override, so each one restarts at 1.
/// </summary>
internal sealed class DocxNumbering
{
    private const int BulletAbstractId = 0;
    private const int DecimalAbstractId = 1;
    private const int BulletNumId = 1;
    private const int LevelCount = 9;
    private const int IndentStepTwips = 360;

    private readonly List<int> _orderedNumIds = [];
    private bool _bulletsUsed;

    /// <summary>True once any list asked for numbering, i.e. when numbering.xml is needed.</summary>
    public bool IsUsed => _bulletsUsed || _orderedNumIds.Count > 0;

    /// <summary>The numbering instance (w:numId) for the next list block.</summary>
    public int NumIdForList(bool ordered)
    {
        if (!ordered)
        {
            _bulletsUsed = true;
            return BulletNumId;
        }

        var numId = BulletNumId + 1 + _orderedNumIds.Count;
        _orderedNumIds.Add(numId);
        return numId;
    }

    public Numbering Build()
    {
        var numbering = new Numbering(
            AbstractList(BulletAbstractId, level => new LevelSpec(NumberFormatValues.Bullet, BulletSymbol(level))),
            AbstractList(DecimalAbstractId, level => new LevelSpec(NumberFormatValues.Decimal, $"%{level + 1}.")));

        numbering.Append(new NumberingInstance(new AbstractNumId { Val = BulletAbstractId }) { NumberID = BulletNumId });
        foreach (var numId in _orderedNumIds)
        {
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = DecimalAbstractId },
                new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
            { NumberID = numId });
        }

        return numbering;
    }

    private static string BulletSymbol(int level) => (level % 3) switch { 0 => "\u2022", 1 => "\u25E6", _ => "\u25AA" };

    private static AbstractNum AbstractList(int abstractId, Func<int, LevelSpec> spec)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = abstractId };
        for (var level = 0; level < LevelCount; level++)
        {
            var (format, text) = spec(level);
            var indent = (IndentStepTwips * (level + 2)).ToString(CultureInfo.InvariantCulture);
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = indent, Hanging = IndentStepTwips.ToString(CultureInfo.InvariantCulture) }))
            { LevelIndex = level });
        }

        return abstractNum;
    }

    private readonly record struct LevelSpec(NumberFormatValues Format, string Text);
}
