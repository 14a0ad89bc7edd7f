#!/usr/bin/perl
# check-toc.pl BOOK.pdf - check that the contents page tells the truth.
#
# Reads the PDF's text (pdftotext -layout), takes every entry of the
# contents pages (a part, chapter, section, or an unnumbered heading such
# as the Preface, with the page number printed beside it), finds the page
# where that heading actually is, and compares the number printed on that
# page (in its running head, or alone at its foot) with the one the
# contents give. Prints each entry that differs and exits 1; a stale
# table of contents is what an unsettled LaTeX run leaves behind.
use strict;
use warnings;

my $pdf = shift @ARGV or die "usage: check-toc.pl BOOK.pdf\n";
open(my $fh, '-|', 'pdftotext', '-layout', '-enc', 'UTF-8', $pdf, '-')
    or die "check-toc.pl: cannot run pdftotext: $!\n";
my $text = do { local $/; <$fh> };
close($fh) or die "check-toc.pl: pdftotext failed on $pdf\n";

my $num_re = qr/(?:\d+|[ivxlcdm]+)/;
my @pages = split /\f/, $text;
pop @pages if @pages && $pages[-1] !~ /\S/;

my (@lines, @label, @is_contents);
for my $i (0 .. $#pages) {
    my @l = grep { /\S/ } split /\n/, $pages[$i];
    $lines[$i] = \@l;
    my $label;
    if (@l && $l[0] =~ /\S\s{2,}($num_re)\s*$/) {
        $label = $1;                    # running head: "Title ... 12"
    } elsif (@l && $l[-1] =~ /^\s*($num_re)\s*$/) {
        $label = $1;                    # plain page: the number alone below
    }
    $label[$i] = $label;
    $is_contents[$i] = (@l && $l[0] =~ /^\s*Contents\b/) ? 1 : 0;
}

# The contents entries: "TITLE . . . . PAGE"; a long title may wrap onto
# a second line that carries the page number.
my @entries;
my $pending = '';
for my $i (grep { $is_contents[$_] } 0 .. $#pages) {
    my @l = @{ $lines[$i] };
    for my $k (0 .. $#l) {
        my $line = $l[$k];
        next if $k == 0;                             # "Contents ... ii"
        next if $k == $#l && $line =~ /^\s*$num_re\s*$/;   # the foot
        $line =~ s/^\s+|\s+$//g;
        if ($line =~ /^(.*?)[\s.]*\s($num_re)$/ && $1 ne '') {
            my ($title, $page) = ($pending ne '' ? "$pending $1" : $1, $2);
            push @entries, [ $title, $page ];
            $pending = '';
        } else {
            $pending = $pending ne '' ? "$pending $line" : $line;
        }
    }
}
die "check-toc.pl: $pdf: no contents entries found\n" unless @entries;

sub squeeze { my $s = shift; $s =~ s/\s+//g; return $s }

# The page index where a heading is, or undef.
sub find_heading {
    my ($title) = @_;
    my ($kind, $num, $rest);
    if ($title =~ /^([IVX]+)\s+(.*)$/) {
        ($kind, $num, $rest) = ('Part', $1, $2);
    } elsif ($title =~ /^(\d+)\s+(.*)$/) {
        ($kind, $num, $rest) = ('Chapter', $1, $2);
    } elsif ($title =~ /^([A-H])\s+(.*)$/) {
        ($kind, $num, $rest) = ('Appendix', $1, $2);
    } elsif ($title =~ /^(\d+(?:\.\d+)+)\s+(.*)$/) {
        ($kind, $num, $rest) = ('section', $1, $2);
    } else {
        ($kind, $rest) = ('plain', $title);
    }
    my $want = squeeze($rest);
    for my $i (0 .. $#pages) {
        next if $is_contents[$i];
        my @l = @{ $lines[$i] };
        for my $k (0 .. $#l) {
            my $next = $k < $#l ? $l[$k + 1] : '';
            my $after = $k + 2 <= $#l ? $l[$k + 2] : '';
            if ($kind eq 'plain') {
                # An unnumbered heading: a line of its own (the first
                # line may be a running head that ends in a number).
                my $line = $l[$k];
                $line =~ s/\s{2,}$num_re\s*$// if $k == 0;
                return $i if squeeze($line) eq $want;
            } elsif ($kind eq 'section') {
                if ($l[$k] =~ /^\s*\Q$num\E\s+(\S.*)$/) {
                    my $got = squeeze("$1 $next $after");
                    return $i if index($got, $want) == 0
                        || index($want, squeeze($1)) == 0;
                }
            } else {
                # "Chapter 3" (or "Part II", "Appendix A"), the title below.
                if ($l[$k] =~ /^\s*\Q$kind $num\E\s*$/) {
                    return $i if index(squeeze("$next $after"), $want) == 0;
                }
            }
        }
    }
    return undef;
}

my $bad = 0;
for my $e (@entries) {
    my ($title, $page) = @$e;
    my $i = find_heading($title);
    if (!defined $i) {
        print STDERR "check-toc.pl: $pdf: contents list '$title' (page $page), "
            . "but no page has that heading\n";
        $bad++;
    } elsif (!defined $label[$i]) {
        printf STDERR "check-toc.pl: %s: '%s' is on sheet %d, which shows "
            . "no page number\n", $pdf, $title, $i + 1;
        $bad++;
    } elsif ($label[$i] ne $page) {
        printf STDERR "check-toc.pl: %s: contents give '%s' page %s; it is "
            . "on page %s\n", $pdf, $title, $page, $label[$i];
        $bad++;
    }
}
if ($bad) {
    printf STDERR "check-toc.pl: %d of %d contents entries are wrong\n",
        $bad, scalar @entries;
    exit 1;
}
printf "check-toc.pl: %s: all %d contents entries give their heading's page\n",
    $pdf, scalar @entries;
