using System.Text;
using Convert.Core.Validation;

namespace Convert.Tests.Validation;

public class JsonLineMapTests
{
    private const string Json = """
        {
          "a": [1, { "b": 2 }],
          "c": {
            "d e": "x"
          },
          "f": [
            "g",
            "h"
          ]
        }
        """;

    [Theory]
    [InlineData("$", 1)]
    [InlineData("$.a", 2)]
    [InlineData("$.a[1].b", 2)]
    [InlineData("$.c", 3)]
    [InlineData("$.c['d e']", 4)]
    [InlineData("$.f[1]", 8)]
    [InlineData("$.f[7]", 6)]
    [InlineData("$.missing", 1)]
    public void FindsTheLineOfAValueOrItsParent(string path, int line) =>
        Assert.Equal(line, JsonLineMap.Build(Encoding.UTF8.GetBytes(Json)).LineOf(path));

    [Theory]
    [InlineData("", "$")]
    [InlineData("/body/2/text", "$.body[2].text")]
    [InlineData("/a~1b/c~0d", "$['a/b']['c~d']")]
    public void TurnsJsonPointersIntoJsonPaths(string jsonPointer, string path) =>
        Assert.Equal(path, JsonLineMap.PathFromPointer(jsonPointer));
}
