# area_error.gp - how much the n-gon of step units overshoots the area of
# the disk, against n, on log-log axes (claim N5).
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible (round ends fill short gaps). The
# web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
set xlabel "number of step units {/:Italic n}"
set ylabel "area of the {/:Italic n}-gon minus {/Symbol p}"
set logscale xy
set format x "10^{%L}"
set format y "10^{%L}"
set key top right
plot datadir."/area.tsv" using "n":"leading" with lines lt 8 \
         title "{/Symbol p}^3 / 3{/:Italic n}^2", \
     "" using "n":"fit" with lines lt 2 title "fitted power law", \
     "" using "n":"error" with points lt 1 pt 7 ps 0.5 title "measured"
