// Two passes over the same cairo context: the first measures every row (pango wraps each
// cell to its column's width) and splits the rows into pages, so the second knows N when it
// prints "n / N" on every page.
#include "io/pdf_table.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <numeric>

namespace mamori::io {

namespace {

constexpr double page_width = 841.89;  // A4 landscape, in points
constexpr double page_height = 595.28;
constexpr double margin = 28;
constexpr double padding = 3;
constexpr double footer_height = 16;
constexpr const char* font_family = "Noto Sans CJK JP";

struct SurfaceDeleter {
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct ContextDeleter {
    void operator()(cairo_t* context) const { cairo_destroy(context); }
};
struct ObjectDeleter {
    void operator()(void* object) const { g_object_unref(object); }
};
struct FontDeleter {
    void operator()(PangoFontDescription* font) const { pango_font_description_free(font); }
};
using Layout = std::unique_ptr<PangoLayout, ObjectDeleter>;
using Font = std::unique_ptr<PangoFontDescription, FontDeleter>;

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

Font font(double size, bool bold) {
    Font description(pango_font_description_new());
    pango_font_description_set_family(description.get(), font_family);
    pango_font_description_set_absolute_size(description.get(), size * PANGO_SCALE);
    pango_font_description_set_weight(description.get(),
                                      bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    return description;
}

double points(int pango_units) {
    return static_cast<double>(pango_units) / PANGO_SCALE;
}

class Printer {
  public:
    Printer(cairo_t* cairo, const ReportTable& table)
        : m_cairo(cairo),
          m_table(table),
          m_title_font(font(11, true)),
          m_meta_font(font(7.5, false)),
          m_head_font(font(7, true)),
          m_cell_font(font(7, false)) {
        const double total = std::accumulate(table.columns.begin(), table.columns.end(), 0.0,
                                             [](double sum, const ReportColumn& column) {
                                                 return sum + std::max(column.width, 0.1);
                                             });
        for (const ReportColumn& column : table.columns)
            m_widths.push_back((page_width - 2 * margin) * std::max(column.width, 0.1) / total);
    }

    // Splits the rows into pages; the number of pages.
    int paginate() {
        m_row_heights.clear();
        for (const ReportRow& row : m_table.rows)
            m_row_heights.push_back(row_height(row));
        m_page_of.assign(m_table.rows.size(), 0);
        int page = 0;
        double y = table_top(page);
        for (std::size_t index = 0; index < m_table.rows.size(); ++index) {
            const bool first_on_page = y == table_top(page);
            // A heading stays with the row after it.
            double needed = m_row_heights[index];
            if (m_table.rows[index].heading && index + 1 < m_table.rows.size())
                needed += m_row_heights[index + 1];
            if (!first_on_page && y + needed > bottom()) {
                ++page;
                y = table_top(page);
            }
            m_page_of[index] = page;
            y += std::min(m_row_heights[index], bottom() - table_top(page));
        }
        return page + 1;
    }

    void print(int pages) {
        std::size_t index = 0;
        for (int page = 0; page < pages; ++page) {
            print_frame(page, pages);
            double y = table_top(page);
            for (; index < m_table.rows.size() && m_page_of[index] == page; ++index) {
                const double height = std::min(m_row_heights[index], bottom() - y);
                print_row(m_table.rows[index], y, height);
                y += height;
            }
            cairo_show_page(m_cairo);
        }
    }

  private:
    Layout layout(const std::string& text, const Font& font, double width) const {
        Layout layout(pango_cairo_create_layout(m_cairo));
        pango_layout_set_font_description(layout.get(), font.get());
        pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
        pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_text(layout.get(), text.c_str(), static_cast<int>(text.size()));
        return layout;
    }

    double text_height(const std::string& text, const Font& font, double width) const {
        int width_units = 0;
        int height_units = 0;
        pango_layout_get_size(layout(text, font, width).get(), &width_units, &height_units);
        return points(height_units);
    }

    double row_height(const ReportRow& row) const {
        if (row.heading)
            return text_height(row.cells.empty() ? "" : row.cells.front(), m_head_font,
                               page_width - 2 * margin - 2 * padding) +
                   2 * padding;
        double height = 0;
        for (std::size_t column = 0; column < m_widths.size() && column < row.cells.size();
             ++column)
            height = std::max(height, text_height(row.cells[column], m_cell_font,
                                                  m_widths[column] - 2 * padding));
        return height + 2 * padding;
    }

    std::string metadata_text() const {
        std::string text;
        for (const std::string& line : m_table.metadata)
            text += (text.empty() ? "" : "\n") + line;
        return text;
    }

    double header_height() const {
        return text_height(m_table.title, m_title_font, page_width - 2 * margin) + 2 +
               text_height(metadata_text(), m_meta_font, page_width - 2 * margin) + 6;
    }

    double summary_height() const {
        if (m_table.summary.empty())
            return 0;
        std::string text;
        for (const std::string& line : m_table.summary)
            text += (text.empty() ? "" : "\n") + line;
        return text_height(text, m_meta_font, page_width - 2 * margin) + 6;
    }

    double column_titles_height() const {
        double height = 0;
        for (std::size_t column = 0; column < m_widths.size(); ++column)
            height = std::max(height, text_height(m_table.columns[column].title, m_head_font,
                                                  m_widths[column] - 2 * padding));
        return height + 2 * padding;
    }

    double table_top(int page) const {
        return margin + header_height() + (page == 0 ? summary_height() : 0) +
               column_titles_height();
    }

    static double bottom() { return page_height - margin - footer_height; }

    void show(const std::string& text, const Font& font, double x, double y, double width) {
        const Layout shown = layout(text, font, width);
        cairo_move_to(m_cairo, x, y);
        pango_cairo_show_layout(m_cairo, shown.get());
    }

    void box(double x, double y, double width, double height, double grey) {
        cairo_rectangle(m_cairo, x, y, width, height);
        if (grey < 1) {
            cairo_set_source_rgb(m_cairo, grey, grey, grey);
            cairo_fill_preserve(m_cairo);
        }
        cairo_set_source_rgb(m_cairo, 0.55, 0.55, 0.55);
        cairo_set_line_width(m_cairo, 0.4);
        cairo_stroke(m_cairo);
        cairo_set_source_rgb(m_cairo, 0, 0, 0);
    }

    void print_cell(const std::string& text, const Font& font, double x, double y, double width,
                    double height, double grey) {
        box(x, y, width, height, grey);
        cairo_save(m_cairo);
        cairo_rectangle(m_cairo, x, y, width, height);
        cairo_clip(m_cairo);
        show(text, font, x + padding, y + padding, width - 2 * padding);
        cairo_restore(m_cairo);
    }

    // The header (title, metadata), page 1's summary, the column titles and the footer.
    void print_frame(int page, int pages) {
        const double width = page_width - 2 * margin;
        double y = margin;
        show(m_table.title, m_title_font, margin, y, width);
        y += text_height(m_table.title, m_title_font, width) + 2;
        show(metadata_text(), m_meta_font, margin, y, width);
        y = margin + header_height();
        if (page == 0 && !m_table.summary.empty()) {
            std::string text;
            for (const std::string& line : m_table.summary)
                text += (text.empty() ? "" : "\n") + line;
            show(text, m_meta_font, margin, y, width);
            y += summary_height();
        }
        const double titles = column_titles_height();
        double x = margin;
        for (std::size_t column = 0; column < m_widths.size(); ++column) {
            print_cell(m_table.columns[column].title, m_head_font, x, y, m_widths[column], titles,
                       0.88);
            x += m_widths[column];
        }
        const std::string number = std::to_string(page + 1) + " / " + std::to_string(pages);
        const Layout footer = layout(number, m_meta_font, width);
        pango_layout_set_alignment(footer.get(), PANGO_ALIGN_RIGHT);
        cairo_move_to(m_cairo, margin, page_height - margin - footer_height + 6);
        pango_cairo_show_layout(m_cairo, footer.get());
        show(m_table.title, m_meta_font, margin, page_height - margin - footer_height + 6,
             width * 0.8);
    }

    void print_row(const ReportRow& row, double y, double height) {
        if (row.heading) {
            print_cell(row.cells.empty() ? "" : row.cells.front(), m_head_font, margin, y,
                       page_width - 2 * margin, height, 0.94);
            return;
        }
        double x = margin;
        for (std::size_t column = 0; column < m_widths.size(); ++column) {
            print_cell(column < row.cells.size() ? row.cells[column] : "", m_cell_font, x, y,
                       m_widths[column], height, 1);
            x += m_widths[column];
        }
    }

    cairo_t* m_cairo;
    const ReportTable& m_table;
    Font m_title_font, m_meta_font, m_head_font, m_cell_font;
    std::vector<double> m_widths;
    std::vector<double> m_row_heights;
    std::vector<int> m_page_of;
};

}  // namespace

Result<PdfDocument> write_pdf_table(const ReportTable& table) {
    PdfDocument document;
    const std::unique_ptr<cairo_surface_t, SurfaceDeleter> surface(
        cairo_pdf_surface_create_for_stream(append_bytes, &document.bytes, page_width,
                                            page_height));
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
        return Error::internal("cannot start the PDF");
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, table.title.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Mamori");
    {
        const std::unique_ptr<cairo_t, ContextDeleter> cairo(cairo_create(surface.get()));
        Printer printer(cairo.get(), table);
        document.pages = printer.paginate();
        printer.print(document.pages);
        if (cairo_status(cairo.get()) != CAIRO_STATUS_SUCCESS)
            return Error::internal("cannot print the PDF");
    }
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
        return Error::internal("cannot write the PDF");
    return document;
}

}  // namespace mamori::io
