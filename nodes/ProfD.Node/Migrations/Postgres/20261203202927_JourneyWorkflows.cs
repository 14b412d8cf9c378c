using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProfD.Node.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class JourneyWorkflows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PupilsAgeRange",
                table: "ResearchProjects",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "Setting",
                table: "ResearchProjects",
                type: "character varying(600)",
                maxLength: 600,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "ContentType",
                table: "MediaItems",
                type: "character varying(127)",
                maxLength: 127,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "ConclusionsForPractice",
                table: "Exhibitions",
                type: "text",
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "Findings",
                table: "Exhibitions",
                type: "text",
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<DateTime>(
                name: "PublicationConsentAt",
                table: "Exhibitions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResearchQuestion",
                table: "Exhibitions",
                type: "text",
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "Exhibitions",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "Exhibitions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CorrectedVersion",
                table: "Adjudications",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ExhibitionSections",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ExhibitionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Heading = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Body = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExhibitionSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExhibitionSections_Exhibitions_ExhibitionId",
                        column: x => x.ExhibitionId,
                        principalTable: "Exhibitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExhibitionShowings",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ExhibitionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    SchoolId = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false, collation: "C"),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Venue = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Audience = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExhibitionShowings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExhibitionShowings_Exhibitions_ExhibitionId",
                        column: x => x.ExhibitionId,
                        principalTable: "Exhibitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentorComments",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    MentorshipId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ProjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    ExhibitionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    ExhibitionVersion = table.Column<int>(type: "integer", nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorComments", x => x.Id);
                    table.CheckConstraint("CK_MentorComments_OneTarget", "(\"ProjectId\" IS NULL) <> (\"ExhibitionId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_MentorComments_Exhibitions_ExhibitionId",
                        column: x => x.ExhibitionId,
                        principalTable: "Exhibitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentorComments_Mentorships_MentorshipId",
                        column: x => x.MentorshipId,
                        principalTable: "Mentorships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentorComments_ResearchProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ResearchProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitionSections_ExhibitionId_Position",
                table: "ExhibitionSections",
                columns: new[] { "ExhibitionId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitionShowings_ExhibitionId_HeldOn",
                table: "ExhibitionShowings",
                columns: new[] { "ExhibitionId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitionShowings_SchoolId",
                table: "ExhibitionShowings",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorComments_ExhibitionId",
                table: "MentorComments",
                column: "ExhibitionId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorComments_MentorshipId",
                table: "MentorComments",
                column: "MentorshipId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorComments_ProjectId",
                table: "MentorComments",
                column: "ProjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExhibitionSections");

            migrationBuilder.DropTable(
                name: "ExhibitionShowings");

            migrationBuilder.DropTable(
                name: "MentorComments");

            migrationBuilder.DropColumn(
                name: "PupilsAgeRange",
                table: "ResearchProjects");

            migrationBuilder.DropColumn(
                name: "Setting",
                table: "ResearchProjects");

            migrationBuilder.DropColumn(
                name: "ContentType",
                table: "MediaItems");

            migrationBuilder.DropColumn(
                name: "ConclusionsForPractice",
                table: "Exhibitions");

            migrationBuilder.DropColumn(
                name: "Findings",
                table: "Exhibitions");

            migrationBuilder.DropColumn(
                name: "PublicationConsentAt",
                table: "Exhibitions");

            migrationBuilder.DropColumn(
                name: "ResearchQuestion",
                table: "Exhibitions");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "Exhibitions");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Exhibitions");

            migrationBuilder.DropColumn(
                name: "CorrectedVersion",
                table: "Adjudications");
        }
    }
}
