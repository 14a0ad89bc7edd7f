# profile.gp - the score and the activation of one neuron along the normal
# to its line (claim N1): z grows linearly with the signed distance s from
# the line, and g(z) crosses its midpoint where z = 0, at s = 0.
eval figsize(6)
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible (round ends fill short gaps). The
# web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
set xlabel "signed distance {/:Italic s} from the line " . \
           "(positive where {/:Italic w} points)"
set ylabel "score {/:Italic z}"
set y2label "activation {/:Italic g}({/:Italic z})"
set ytics 4 nomirror
set y2tics 0.25 nomirror
set autoscale xfix
set arrow from 0, graph 0 to 0, graph 1 nohead lt 8
set key top left
plot datadir."/profile.tsv" using "s":"z" with lines lt 1 \
         title "{/:Italic z}", \
     "" using "s":"a" axes x1y2 with lines lt 2 \
         title "{/:Italic g}({/:Italic z})"
