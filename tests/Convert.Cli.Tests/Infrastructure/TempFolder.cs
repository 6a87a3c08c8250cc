using System.Text;

namespace Convert.Cli.Tests.Infrastructure;

/// <summary>A fresh folder under the system temp folder, deleted on dispose; paths are relative to it.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Root = Path.Join(Path.GetTempPath(), "declutter-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.GetFullPath(relative, Root);

    public string Write(string relative, string content)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public bool Exists(string relative) => File.Exists(PathOf(relative));

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>All files below the root, relative, with '/' separators, sorted.</summary>
    public IReadOnlyList<string> AllFiles() => Directory
        .EnumerateFiles(Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
