using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProfD.Node.Migrations.Postgres
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
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<int>(
                name: "MentorCapacity",
                table: "Teachers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OffersMentoring",
                table: "Teachers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<List<string>>(
                name: "ProvocationIds",
                table: "ResearchProjects",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<List<string>>(
                name: "ProvocationIds",
                table: "Exhibitions",
                type: "text[]",
                nullable: false);
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
