namespace Convert.Core.Html.Scoring;

/// <summary>The shape of a block's text: how long, how many words and sentences, how much punctuation and digits.</summary>
internal readonly record struct TextShape(
    int Chars, int Words, int Sentences, int Commas, float PunctuationRatio, float DigitRatio, float CapitalisedRatio,
    float AverageWordLength, bool EndsLikeSentence)
{
    public static TextShape Of(string text)
    {
        int chars = 0, words = 0, sentences = 0, commas = 0, punctuation = 0, digits = 0, capitalised = 0, wordChars = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }
            chars++;
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    words++;
                    if (char.IsUpper(c))
                        capitalised++;
                }
                inWord = true;
                wordChars++;
                if (char.IsDigit(c))
                    digits++;
                continue;
            }
            inWord = false;
            if (char.IsPunctuation(c) || char.IsSymbol(c))
                punctuation++;
            if (c is ',' or '，' or '、' or '،')
                commas++;
            if (c is '.' or '!' or '?' or '。' or '！' or '？' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
                sentences++;
        }
        var trimmed = text.TrimEnd();
        var ends = trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '。' or '"' or '”' or ':' or ')';
        return new TextShape(
            chars, words, sentences, commas,
            chars == 0 ? 0 : (float)punctuation / chars,
            chars == 0 ? 0 : (float)digits / chars,
            words == 0 ? 0 : (float)capitalised / words,
            words == 0 ? 0 : (float)wordChars / words,
            ends);
    }
}
