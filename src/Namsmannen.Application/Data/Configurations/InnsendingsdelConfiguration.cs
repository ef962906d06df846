using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Portal;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class InnsendingsdelConfiguration : IEntityTypeConfiguration<Innsendingsdel>
{
    public void Configure(EntityTypeBuilder<Innsendingsdel> builder)
    {
        builder.ToTable("innsendingsdeler");
        builder.HasKey(d => new { d.InnsendingId, d.Nummer });
        builder.Property(d => d.Kvitteringer).HasColumnType("jsonb").IsRequired();
        builder.HasOne<Innsending>().WithMany().HasForeignKey(d => d.InnsendingId).OnDelete(DeleteBehavior.Cascade);
    }
}
