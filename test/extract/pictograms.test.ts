import { pictogramOf } from '../../lambdas/extract/pictograms';

describe('pictogramOf (rule "pictogram file")', () => {
  it('names the glyph a small picture is named for, with or without an icon prefix, a folder or a query', () => {
    expect(['/images/eye.gif', 'ico_eye.gif', '/img/icon-views.png?v=3', '/images/hits.gif'].map(pictogramOf)).toEqual(['views', 'views', 'views', 'views']);
    expect(['/images/comment.gif', '/images/icon_comments.png', '/theme/bubble.svg'].map(pictogramOf)).toEqual(['comments', 'comments', 'comments']);
    expect(['/images/clock.gif', '/images/print.png', 'calendar.gif'].map(pictogramOf)).toEqual(['other', 'other', 'other']);
  });

  it('names no glyph for a photo: another format, or a name that says more than the glyph', () => {
    expect(['/uploads/2026/12/eye.jpg', '/uploads/eye-clinic.png', '/uploads/views-of-the-bay.png', '/images/seye.gif'].map(pictogramOf)).toEqual([null, null, null, null]);
  });
});
