using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProfD.Node.Migrations.Postgres
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
                type: "character varying(140)",
                maxLength: 140,
                nullable: true,
                collation: "C");
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
