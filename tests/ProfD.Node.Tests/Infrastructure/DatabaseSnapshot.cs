using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace ProfD.Node.Tests.Infrastructure;

/// <summary>
/// Every row of every table of the node's model, as text, on either engine: take one before a refused mutation and one
/// after, and they must be equal (nothing written, nothing half-written).
/// </summary>
internal static class DatabaseSnapshot
{
    public static async Task<string> TakeAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var tables = db.Model.GetEntityTypes()
            .Select(t => (Schema: t.GetSchema(), Table: t.GetTableName()))
            .Where(t => t.Table is not null)
            .Distinct()
            .OrderBy(t => t.Schema, StringComparer.Ordinal).ThenBy(t => t.Table, StringComparer.Ordinal)
            .ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var text = new StringBuilder();
        foreach (var (schema, table) in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = schema is null ? $"SELECT * FROM \"{table}\"" : $"SELECT * FROM \"{schema}\".\"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.IsDBNull(i) ? "null" : reader.GetValue(i) switch
                    {
                        byte[] bytes => Convert.ToHexString(bytes),
                        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
                    };
                    row.Append(reader.GetName(i)).Append('=').Append(value).Append("; ");
                }
                rows.Add(row.ToString());
            }
            rows.Sort(StringComparer.Ordinal);
            text.Append(table).Append(" (").Append(rows.Count).AppendLine(" rows)");
            foreach (var row in rows) text.Append("  ").AppendLine(row);
        }
        return text.ToString();
    }
}
