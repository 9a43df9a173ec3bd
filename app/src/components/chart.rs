//! Server-rendered SVG bar charts: a title and a description for assistive technologies, the
//! same figures in a table next to them, a viewBox so they scale down to 320 px and print.

use leptos::prelude::*;

/// One category with one value per series: (value, text shown at the bar's end).
pub type ChartRow = (String, Vec<(f64, String)>);

const WIDTH: f64 = 400.0;
const LABEL_WIDTH: f64 = 70.0;
const BAR: f64 = 16.0;
const GAP: f64 = 10.0;
/// Series colours: both reach 3:1 against white (WCAG 1.4.11).
const COLOURS: [&str; 3] = ["#0a4f8a", "#4a7fb5", "#6b5b00"];

#[component]
pub fn BarChart(
    id: String,
    title: String,
    desc: String,
    series: Vec<String>,
    rows: Vec<ChartRow>,
    /// Room for the category labels, in viewBox units (long labels need more).
    #[prop(default = LABEL_WIDTH)]
    label_width: f64,
) -> impl IntoView {
    let n = series.len().max(1) as f64;
    let max = rows
        .iter()
        .flat_map(|(_, vs)| vs.iter().map(|(v, _)| *v))
        .fold(0.0_f64, f64::max)
        .max(1.0);
    let room = WIDTH - label_width - 60.0;
    let group = n * BAR + GAP;
    let height = rows.len() as f64 * group + 10.0;
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, (label, values))| {
            let y0 = 5.0 + i as f64 * group;
            let series_bars = values
                .iter()
                .enumerate()
                .map(|(k, (v, text))| {
                    let y = y0 + k as f64 * BAR;
                    let w = (v / max * room).max(0.0);
                    view! {
                        <rect x=label_width y=y width=format!("{w:.1}") height=BAR - 2.0 fill=COLOURS[k % COLOURS.len()]></rect>
                        <text x=format!("{:.1}", label_width + w + 4.0) y=y + BAR - 5.0 font-size="12" fill="#1b1b1b">{text.clone()}</text>
                    }
                })
                .collect_view();
            view! {
                <text x=label_width - 6.0 y=y0 + n * BAR / 2.0 + 4.0 font-size="13" text-anchor="end" fill="#1b1b1b">{label.clone()}</text>
                {series_bars}
            }
        })
        .collect_view();
    let legend = series
        .iter()
        .enumerate()
        .map(|(k, s)| {
            // Classes, not inline styles: the CSP allows no inline style.
            let class = format!("swatch swatch--{}", k % COLOURS.len());
            view! { <li><span class=class></span>{s.clone()}</li> }
        })
        .collect_view();
    let labelled_by = format!("{title_id} {desc_id}");
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-labelledby=labelled_by preserveAspectRatio="xMinYMin meet">
                <title id=title_id>{title.clone()}</title>
                <desc id=desc_id>{desc}</desc>
                {bars}
            </svg>
            <figcaption>
                <span>{title}</span>
                <ul class="legend" aria-hidden="true">{legend}</ul>
            </figcaption>
        </figure>
    }
}
