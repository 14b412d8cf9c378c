using System.Text;

namespace ProfD.Cli.CommandLine;

/// <summary>Rows printed as columns aligned with spaces under an upper-case header, as <c>docker ps</c> does.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public int Count => _rows.Count;

    public TextTable Add(params string?[] cells)
    {
        if (cells.Length != headers.Length) throw new ArgumentException($"A row needs {headers.Length} cells, not {cells.Length}.", nameof(cells));
        _rows.Add([.. cells.Select(c => OneLine(c ?? "-"))]);
        return this;
    }

    public override string ToString()
    {
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        foreach (var row in _rows.Prepend([.. headers.Select(h => h.ToUpperInvariant())]))
        {
            // The last column is not padded, so lines carry no trailing spaces.
            var line = string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i])));
            text.AppendLine(line.TrimEnd());
        }
        return text.ToString();
    }

    private static string OneLine(string cell) => cell.ReplaceLineEndings(" ");
}
