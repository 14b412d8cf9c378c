using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProfD.Node.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImportedExhibitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ImportedFrom",
                table: "Exhibitions",
                type: "TEXT",
                maxLength: 140,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ImportedFrom",
                table: "Exhibitions");
        }
    }
}
