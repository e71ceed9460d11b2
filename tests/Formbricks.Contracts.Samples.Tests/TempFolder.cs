using System.Text;

namespace Formbricks.Contracts.Samples.Tests;

/// <summary>A folder of its own for each test, removed afterwards.</summary>
public abstract class TempFolder : IDisposable
{
    /// <summary>The CSV header the Formbricks UI writes.</summary>
    protected static readonly string[] Header = ["Formbricks Contact ID", "Custom ID", "First Name", "Last Name", "Email", "Personal Link"];

    /// <summary>The folder.</summary>
    protected string Folder { get; } = Directory.CreateTempSubdirectory("personal-links-").FullName;

    /// <summary>The default output of the tests.</summary>
    protected string Output => Path.Combine(Folder, "links.csv");

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>The rows of <see cref="Output"/> (no field of the seeded data holds a comma or a quote).</summary>
    protected List<string[]> ReadCsv() =>
        File.ReadAllLines(Output, Encoding.UTF8).Select(line => line.Split(',')).ToList();

    /// <summary>The files of <see cref="Folder"/> (to see that no temporary file is left).</summary>
    protected string[] Files() => Directory.GetFiles(Folder).Select(Path.GetFileName).Order().ToArray()!;
}
