using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProfD.Node.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MentorProfilesAndProvocations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Bio",
                table: "Teachers",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MentorCapacity",
                table: "Teachers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OffersMentoring",
                table: "Teachers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ProvocationIds",
                table: "ResearchProjects",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "ProvocationIds",
                table: "Exhibitions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Bio",
                table: "Teachers");

            migrationBuilder.DropColumn(
                name: "MentorCapacity",
                table: "Teachers");

            migrationBuilder.DropColumn(
                name: "OffersMentoring",
                table: "Teachers");

            migrationBuilder.DropColumn(
                name: "ProvocationIds",
                table: "ResearchProjects");

            migrationBuilder.DropColumn(
                name: "ProvocationIds",
                table: "Exhibitions");
        }
    }
}
