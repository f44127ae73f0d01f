package app.ponte.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One word of a request's title, for finding similar requests. */
@Entity
@Table(name = "request_title_words")
class TitleWord extends RequestPart {

    @Column(name = "word", nullable = false, length = 60)
    private String word;

    protected TitleWord() {
    }

    TitleWord(Request request, String word) {
        super(request);
        this.word = word;
    }
}
