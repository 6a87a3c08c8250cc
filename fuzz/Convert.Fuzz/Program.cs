using Convert.Fuzz;
using SharpFuzz;

// One target per run: afl-fuzz ... -- dotnet Convert.Fuzz.dll TARGET (docs/fuzzing.md).
if (args is not [var name] || !Targets.All.TryGetValue(name, out var target))
{
    Console.Error.WriteLine($"usage: Convert.Fuzz {string.Join('|', Targets.All.Keys)}");
    return 2;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
